# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statistics_page.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_StatisticsPage(object):
    def setupUi(self, StatisticsPage):
        if not StatisticsPage.objectName():
            StatisticsPage.setObjectName(u"StatisticsPage")
        self.pageLayout = QVBoxLayout(StatisticsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.topRow = QHBoxLayout()
        self.topRow.setObjectName(u"topRow")
        self.summaryLabel = QLabel(StatisticsPage)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.topRow.addWidget(self.summaryLabel)

        self.topSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topRow.addItem(self.topSpacer)

        self.exportButton = QPushButton(StatisticsPage)
        self.exportButton.setObjectName(u"exportButton")

        self.topRow.addWidget(self.exportButton)


        self.pageLayout.addLayout(self.topRow)

        self.scrollArea = QScrollArea(StatisticsPage)
        self.scrollArea.setObjectName(u"scrollArea")
        self.scrollArea.setWidgetResizable(True)
        self.scrollArea.setFrameShape(QFrame.Shape.NoFrame)
        self.chartsHost = QWidget()
        self.chartsHost.setObjectName(u"chartsHost")
        self.chartsLayout = QGridLayout(self.chartsHost)
        self.chartsLayout.setObjectName(u"chartsLayout")
        self.chartsLayout.setHorizontalSpacing(16)
        self.chartsLayout.setVerticalSpacing(16)
        self.scrollArea.setWidget(self.chartsHost)

        self.pageLayout.addWidget(self.scrollArea)


        self.retranslateUi(StatisticsPage)

        QMetaObject.connectSlotsByName(StatisticsPage)
    # setupUi

    def retranslateUi(self, StatisticsPage):
        self.summaryLabel.setText("")
        self.exportButton.setText(QCoreApplication.translate("StatisticsPage", u"\u5bfc\u51fa\u7edf\u8ba1\u8868\uff08\u542b\u82b1\u540d\u518c\uff09\u2026", None))
        pass
    # retranslateUi

