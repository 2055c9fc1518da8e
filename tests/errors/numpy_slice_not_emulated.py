import numpy as np
# script-language.md §5: values are symbolic; indexing with anything but
# an int (slices, tuples) is rejected as not emulated (exit status 2).
x = np.random.randn(100, 2)
print(x[:, 0].shape)
