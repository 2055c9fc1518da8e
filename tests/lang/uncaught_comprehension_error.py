# Error inside a comprehension.
print([1 / x for x in [1, 0]])
