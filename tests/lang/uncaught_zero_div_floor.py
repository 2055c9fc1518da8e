# Uncaught ZeroDivisionError from floor division.
print(10 // 0)
