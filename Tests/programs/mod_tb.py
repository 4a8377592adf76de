# helper module for traceback_module.py: raises from inside a method two frames deep
class Parser:
    def parse(self, text):
        return [self._item(t) for t in text.split(",")]
    def _item(self, t):
        return int(t)
def run(text):
    p = Parser()
    return p.parse(text)
