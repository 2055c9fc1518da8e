# front sources (owned by the front component)
