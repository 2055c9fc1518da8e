# format() with no type and a long precision: the scientific test wrote
# into a 64-byte buffer and read the exponent through a NULL (segfault).
print(format(1.5, '.100'), '%.300f' % 1e300)
