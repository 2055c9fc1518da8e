# AttributeError on None.
result = None
result.append(1)
