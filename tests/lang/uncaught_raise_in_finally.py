# An exception propagates through finally.
try:
    raise TypeError("from try")
finally:
    print("finally ran")
