from gamma import G
