try:
    x = "%*d" % (2 ** 40, 1)
except MemoryError:
    print("MemoryError")
