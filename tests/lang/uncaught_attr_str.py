# Uncaught AttributeError on a str method name.
"abc".uppercase()
