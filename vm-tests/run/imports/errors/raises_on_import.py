print("raises_on_import runs")
raise ValueError("broken module")
