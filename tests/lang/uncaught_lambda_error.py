# Error inside a lambda.
f = lambda x: x.missing
f(3)
