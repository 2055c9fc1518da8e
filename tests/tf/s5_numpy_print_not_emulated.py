import numpy as np
# script-language.md §5: values are symbolic; printing an array is
# rejected as not emulated (exit status 2).
print(np.zeros(3))
