print(len("" * 25**12))
