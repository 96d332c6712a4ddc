# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_month_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QListWidget,
    QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_DuesMonthDialog(object):
    def setupUi(self, DuesMonthDialog):
        if not DuesMonthDialog.objectName():
            DuesMonthDialog.setObjectName(u"DuesMonthDialog")
        DuesMonthDialog.resize(520, 600)
        self.dialogLayout = QVBoxLayout(DuesMonthDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.monthLabel = QLabel(DuesMonthDialog)
        self.monthLabel.setObjectName(u"monthLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.monthLabel)

        self.monthCombo = QComboBox(DuesMonthDialog)
        self.monthCombo.setObjectName(u"monthCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.monthCombo)

        self.dateLabel = QLabel(DuesMonthDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = DateField(DuesMonthDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setProperty(u"required", True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.methodLabel = QLabel(DuesMonthDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(DuesMonthDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.methodCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(DuesMonthDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.hintLabel)

        self.membersList = QListWidget(DuesMonthDialog)
        self.membersList.setObjectName(u"membersList")
        self.membersList.setAlternatingRowColors(True)

        self.dialogLayout.addWidget(self.membersList)

        self.totalLabel = QLabel(DuesMonthDialog)
        self.totalLabel.setObjectName(u"totalLabel")
        self.totalLabel.setWordWrap(True)
        self.totalLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.totalLabel)

        self.errorLabel = QLabel(DuesMonthDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesMonthDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthLabel.setBuddy(self.monthCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.methodLabel.setBuddy(self.methodCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DuesMonthDialog)

        QMetaObject.connectSlotsByName(DuesMonthDialog)
    # setupUi

    def retranslateUi(self, DuesMonthDialog):
        DuesMonthDialog.setWindowTitle(QCoreApplication.translate("DuesMonthDialog", u"\u6574\u6708\u767b\u8bb0\u515a\u8d39", None))
        self.monthLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u6708\u4efd", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u4ea4\u7eb3\u65e5\u671f", None))
        self.methodLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u4ea4\u7eb3\u65b9\u5f0f", None))
        self.hintLabel.setText(QCoreApplication.translate("DuesMonthDialog", u"\u4ee5\u4e0b\u515a\u5458\u672c\u6708\u5c1a\u672a\u4ea4\u6e05\uff0c\u52fe\u9009\u7684\u6309\u6807\u51c6\u767b\u8bb0\u4e3a\u5df2\u4ea4\uff08\u5df2\u6b20\u4ea4\u7684\u3001\u5728\u6d41\u5165\u5730\u4ea4\u7eb3\u7684\u5148\u4e0d\u52fe\u9009\uff09\u3002\u2191\u2193\u9009\u62e9\uff0c\u7a7a\u683c\u52fe\u9009\u6216\u53d6\u6d88\uff0c\u56de\u8f66\u4fdd\u5b58\u3002", None))
        self.totalLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

