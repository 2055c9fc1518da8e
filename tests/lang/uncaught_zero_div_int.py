# Uncaught ZeroDivisionError from int division.
print(10 / 0)
