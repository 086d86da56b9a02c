"""The application shell: the main window, its menus and status bar, start-up, the
screenshot command and the check of Qt's system libraries.
"""
