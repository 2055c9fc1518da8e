# interp sources (owned by the interp component)
