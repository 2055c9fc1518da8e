pairs = zip([1, 2], ["a", "b"])
print(pairs)
