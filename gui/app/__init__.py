"""The application shell: the main window and its tabs (``window``), its menus (``menus``, and
``model_menu`` for the Model menu), its status bar (``status_bar``), where it opens
(``placement``), starting the app (``startup``, with ``qtlibs``'s check of Qt's system
libraries), and the screenshot command (``screenshot``).
"""
