# Latin-1, not UTF-8:
x = "café"
print(x)
