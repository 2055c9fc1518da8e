x = "a" * 10 ** 15
print(len(x))
