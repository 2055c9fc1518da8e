# Uncaught TypeError: object is not subscriptable.
n = 5
print(n[0])
