# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QAction, QBrush, QColor, QConicalGradient,
    QCursor, QFont, QFontDatabase, QGradient,
    QIcon, QImage, QKeySequence, QLinearGradient,
    QPainter, QPalette, QPixmap, QRadialGradient,
    QTransform)
from PySide6.QtWidgets import (QApplication, QFrame, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QMainWindow, QMenu,
    QMenuBar, QSizePolicy, QStackedWidget, QStatusBar,
    QVBoxLayout, QWidget)

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1240, 660)
        self.newAction = QAction(MainWindow)
        self.newAction.setObjectName(u"newAction")
        self.printAction = QAction(MainWindow)
        self.printAction.setObjectName(u"printAction")
        self.refreshAction = QAction(MainWindow)
        self.refreshAction.setObjectName(u"refreshAction")
        self.exportPackageAction = QAction(MainWindow)
        self.exportPackageAction.setObjectName(u"exportPackageAction")
        self.importPackageAction = QAction(MainWindow)
        self.importPackageAction.setObjectName(u"importPackageAction")
        self.openDataFolderAction = QAction(MainWindow)
        self.openDataFolderAction.setObjectName(u"openDataFolderAction")
        self.quitAction = QAction(MainWindow)
        self.quitAction.setObjectName(u"quitAction")
        self.ruleBookAction = QAction(MainWindow)
        self.ruleBookAction.setObjectName(u"ruleBookAction")
        self.aboutAction = QAction(MainWindow)
        self.aboutAction.setObjectName(u"aboutAction")
        self.centralWidget = QWidget(MainWindow)
        self.centralWidget.setObjectName(u"centralWidget")
        self.outerLayout = QVBoxLayout(self.centralWidget)
        self.outerLayout.setSpacing(0)
        self.outerLayout.setObjectName(u"outerLayout")
        self.outerLayout.setContentsMargins(0, 0, 0, 0)
        self.demoBanner = QLabel(self.centralWidget)
        self.demoBanner.setObjectName(u"demoBanner")
        self.demoBanner.setVisible(False)
        self.demoBanner.setStyleSheet(u"background:#f59e0b; color:#1f2937; padding:4px 12px; font-weight:bold;")
        self.demoBanner.setWordWrap(True)

        self.outerLayout.addWidget(self.demoBanner)

        self.centralLayout = QHBoxLayout()
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.navigationList = QListWidget(self.centralWidget)
        self.navigationList.setObjectName(u"navigationList")
        self.navigationList.setMinimumSize(QSize(136, 0))
        self.navigationList.setMaximumSize(QSize(136, 16777215))
        self.navigationList.setFrameShape(QFrame.Shape.NoFrame)
        self.navigationList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.centralLayout.addWidget(self.navigationList)

        self.pageStack = QStackedWidget(self.centralWidget)
        self.pageStack.setObjectName(u"pageStack")

        self.centralLayout.addWidget(self.pageStack)


        self.outerLayout.addLayout(self.centralLayout)

        MainWindow.setCentralWidget(self.centralWidget)
        self.menuBar = QMenuBar(MainWindow)
        self.menuBar.setObjectName(u"menuBar")
        self.fileMenu = QMenu(self.menuBar)
        self.fileMenu.setObjectName(u"fileMenu")
        self.viewMenu = QMenu(self.menuBar)
        self.viewMenu.setObjectName(u"viewMenu")
        self.helpMenu = QMenu(self.menuBar)
        self.helpMenu.setObjectName(u"helpMenu")
        MainWindow.setMenuBar(self.menuBar)
        self.statusBar = QStatusBar(MainWindow)
        self.statusBar.setObjectName(u"statusBar")
        MainWindow.setStatusBar(self.statusBar)

        self.menuBar.addAction(self.fileMenu.menuAction())
        self.menuBar.addAction(self.viewMenu.menuAction())
        self.menuBar.addAction(self.helpMenu.menuAction())
        self.fileMenu.addAction(self.newAction)
        self.fileMenu.addAction(self.printAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.exportPackageAction)
        self.fileMenu.addAction(self.importPackageAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.openDataFolderAction)
        self.fileMenu.addSeparator()
        self.fileMenu.addAction(self.quitAction)
        self.viewMenu.addAction(self.refreshAction)
        self.helpMenu.addAction(self.ruleBookAction)
        self.helpMenu.addAction(self.aboutAction)

        self.retranslateUi(MainWindow)

        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"\u515a\u52a1\u53f0\u8d26", None))
        self.newAction.setText(QCoreApplication.translate("MainWindow", u"\u65b0\u5efa(&N)\u2026", None))
#if QT_CONFIG(shortcut)
        self.newAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+N", None))
#endif // QT_CONFIG(shortcut)
        self.printAction.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5370(&P)\u2026", None))
#if QT_CONFIG(shortcut)
        self.printAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+P", None))
#endif // QT_CONFIG(shortcut)
        self.refreshAction.setText(QCoreApplication.translate("MainWindow", u"\u5237\u65b0(&R)", None))
#if QT_CONFIG(shortcut)
        self.refreshAction.setShortcut(QCoreApplication.translate("MainWindow", u"F5", None))
#endif // QT_CONFIG(shortcut)
        self.exportPackageAction.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u51fa\u4e0a\u62a5\u6570\u636e\u5305(&U)\u2026", None))
        self.importPackageAction.setText(QCoreApplication.translate("MainWindow", u"\u5bfc\u5165\u4e0a\u62a5\u6570\u636e\u5305(&I)\u2026", None))
        self.openDataFolderAction.setText(QCoreApplication.translate("MainWindow", u"\u6253\u5f00\u6570\u636e\u6240\u5728\u6587\u4ef6\u5939", None))
        self.quitAction.setText(QCoreApplication.translate("MainWindow", u"\u9000\u51fa(&X)", None))
#if QT_CONFIG(shortcut)
        self.quitAction.setShortcut(QCoreApplication.translate("MainWindow", u"Ctrl+Q", None))
#endif // QT_CONFIG(shortcut)
        self.ruleBookAction.setText(QCoreApplication.translate("MainWindow", u"\u89c4\u5219\u4e0e\u4f9d\u636e(&R)\u2026", None))
        self.aboutAction.setText(QCoreApplication.translate("MainWindow", u"\u5173\u4e8e\u515a\u52a1\u53f0\u8d26", None))
        self.demoBanner.setText(QCoreApplication.translate("MainWindow", u"\u6f14\u793a\u6570\u636e\uff1a\u8fd9\u662f\u6f14\u793a\u6751\uff0c\u8bf7\u52ff\u5728\u6b64\u5f55\u5165\u771f\u5b9e\u6570\u636e\u3002\u5f55\u5165\u672c\u6751\u6570\u636e\u8bf7\u76f4\u63a5\u6253\u5f00\u515a\u52a1\u53f0\u8d26\uff08\u4e0d\u5e26\u6f14\u793a\u53c2\u6570\uff09\u3002", None))
        self.fileMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u6587\u4ef6(&F)", None))
        self.viewMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u9875\u9762(&V)", None))
        self.helpMenu.setTitle(QCoreApplication.translate("MainWindow", u"\u5e2e\u52a9(&H)", None))
    # retranslateUi

