# list(range(10**8)) needs 1.6 GB for its items: the budget is asked
# before the list is made (fuzz finding 17), not after.
x = list(range(10**8))
print(len(x))
