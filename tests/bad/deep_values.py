# Values nested 100 000 deep: compared under the recursion guard, freed
# without recursion (issue 5). Expected output from CPython 3.11.
x = []
y = []
for i in range(100000):
    x = [x]
    y = [y]
try:
    print(x == y)
except RecursionError as e:
    print("RecursionError:", e)
d = {}
for i in range(100000):
    d = {"k": d}
t = ()
for i in range(100000):
    t = (t,)
x = y = d = t = None
print("freed")
