x = "a".ljust(10 ** 12)
print(len(x))
