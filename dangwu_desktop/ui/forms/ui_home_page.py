# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGroupBox, QHBoxLayout, QLabel,
    QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_HomePage(object):
    def setupUi(self, HomePage):
        if not HomePage.objectName():
            HomePage.setObjectName(u"HomePage")
        self.pageLayout = QVBoxLayout(HomePage)
        self.pageLayout.setSpacing(14)
        self.pageLayout.setObjectName(u"pageLayout")
        self.branchTitle = QLabel(HomePage)
        self.branchTitle.setObjectName(u"branchTitle")

        self.pageLayout.addWidget(self.branchTitle)

        self.branchDetail = QLabel(HomePage)
        self.branchDetail.setObjectName(u"branchDetail")
        self.branchDetail.setWordWrap(True)

        self.pageLayout.addWidget(self.branchDetail)

        self.figuresLayout = QHBoxLayout()
        self.figuresLayout.setSpacing(12)
        self.figuresLayout.setObjectName(u"figuresLayout")

        self.pageLayout.addLayout(self.figuresLayout)

        self.attentionBox = QGroupBox(HomePage)
        self.attentionBox.setObjectName(u"attentionBox")
        self.attentionLayout = QVBoxLayout(self.attentionBox)
        self.attentionLayout.setObjectName(u"attentionLayout")
        self.attentionList = QListWidget(self.attentionBox)
        self.attentionList.setObjectName(u"attentionList")
        self.attentionList.setAlternatingRowColors(True)

        self.attentionLayout.addWidget(self.attentionList)


        self.pageLayout.addWidget(self.attentionBox)


        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.branchTitle.setText("")
        self.branchDetail.setText("")
        self.attentionBox.setTitle(QCoreApplication.translate("HomePage", u"\u9700\u8981\u5173\u6ce8\uff08\u53cc\u51fb\u6253\u5f00\uff09", None))
        pass
    # retranslateUi

