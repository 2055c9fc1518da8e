x = "a".ljust(10 ** 12)
