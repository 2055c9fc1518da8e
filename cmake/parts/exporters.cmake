# exporters sources (owned by the exporters component)
