# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'home_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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

        self.lowerLayout = QHBoxLayout()
        self.lowerLayout.setSpacing(12)
        self.lowerLayout.setObjectName(u"lowerLayout")
        self.attentionBox = QGroupBox(HomePage)
        self.attentionBox.setObjectName(u"attentionBox")
        self.attentionLayout = QVBoxLayout(self.attentionBox)
        self.attentionLayout.setObjectName(u"attentionLayout")
        self.attentionList = QListWidget(self.attentionBox)
        self.attentionList.setObjectName(u"attentionList")
        self.attentionList.setAlternatingRowColors(True)
        self.attentionList.setWordWrap(True)

        self.attentionLayout.addWidget(self.attentionList)


        self.lowerLayout.addWidget(self.attentionBox)

        self.chartBox = QGroupBox(HomePage)
        self.chartBox.setObjectName(u"chartBox")
        self.chartBox.setMinimumSize(QSize(380, 0))
        self.chartBox.setMaximumSize(QSize(440, 16777215))
        self.chartLayout = QVBoxLayout(self.chartBox)
        self.chartLayout.setObjectName(u"chartLayout")

        self.lowerLayout.addWidget(self.chartBox)


        self.pageLayout.addLayout(self.lowerLayout)


        self.retranslateUi(HomePage)

        QMetaObject.connectSlotsByName(HomePage)
    # setupUi

    def retranslateUi(self, HomePage):
        self.branchTitle.setText("")
        self.branchDetail.setText("")
        self.attentionBox.setTitle(QCoreApplication.translate("HomePage", u"\u9700\u8981\u5173\u6ce8\uff08\u53cc\u51fb\u6253\u5f00\uff1b\u9f20\u6807\u505c\u7559\u53ef\u770b\u4f9d\u636e\uff09", None))
        self.chartBox.setTitle(QCoreApplication.translate("HomePage", u"\u4eca\u5e74\u7684\u7ec4\u7ec7\u751f\u6d3b", None))
        pass
    # retranslateUi

