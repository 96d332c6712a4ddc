# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'development_steps_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DevelopmentStepsDialog(object):
    def setupUi(self, DevelopmentStepsDialog):
        if not DevelopmentStepsDialog.objectName():
            DevelopmentStepsDialog.setObjectName(u"DevelopmentStepsDialog")
        DevelopmentStepsDialog.resize(640, 460)
        self.dialogLayout = QVBoxLayout(DevelopmentStepsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(DevelopmentStepsDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.columnsLayout = QHBoxLayout()
        self.columnsLayout.setObjectName(u"columnsLayout")
        self.stepList = QListWidget(DevelopmentStepsDialog)
        self.stepList.setObjectName(u"stepList")
        self.stepList.setMinimumSize(QSize(240, 0))

        self.columnsLayout.addWidget(self.stepList)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(DevelopmentStepsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(DevelopmentStepsDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.documentsLabel = QLabel(DevelopmentStepsDialog)
        self.documentsLabel.setObjectName(u"documentsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.documentsLabel)

        self.documentsEdit = QPlainTextEdit(DevelopmentStepsDialog)
        self.documentsEdit.setObjectName(u"documentsEdit")
        self.documentsEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.documentsEdit)

        self.applyButton = QPushButton(DevelopmentStepsDialog)
        self.applyButton.setObjectName(u"applyButton")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.applyButton)


        self.columnsLayout.addLayout(self.formLayout)


        self.dialogLayout.addLayout(self.columnsLayout)

        self.errorLabel = QLabel(DevelopmentStepsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DevelopmentStepsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.documentsLabel.setBuddy(self.documentsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DevelopmentStepsDialog)

        QMetaObject.connectSlotsByName(DevelopmentStepsDialog)
    # setupUi

    def retranslateUi(self, DevelopmentStepsDialog):
        DevelopmentStepsDialog.setWindowTitle(QCoreApplication.translate("DevelopmentStepsDialog", u"\u53d1\u5c55\u515a\u5458\u6b65\u9aa4\u8bbe\u7f6e", None))
        self.introLabel.setText(QCoreApplication.translate("DevelopmentStepsDialog", u"\u6b65\u9aa4\u6309\u300a\u4e2d\u56fd\u5171\u4ea7\u515a\u53d1\u5c55\u515a\u5458\u5de5\u4f5c\u7ec6\u5219\u300b\u6392\u5217\u3002\u672c\u7701\u53e6\u6709\u89c4\u5b9a\u7684\uff0c\u53ef\u4fee\u6539\u6b65\u9aa4\u540d\u79f0\u548c\u5e94\u6709\u6750\u6599\uff1b\u6b65\u9aa4\u7684\u5148\u540e\u548c\u65f6\u95f4\u89c4\u5b9a\u4e0d\u53d8\uff0c\u6b65\u9aa4\u4e0d\u80fd\u5220\u9664\u3002", None))
        self.nameLabel.setText(QCoreApplication.translate("DevelopmentStepsDialog", u"\u6b65\u9aa4\u540d\u79f0", None))
        self.documentsLabel.setText(QCoreApplication.translate("DevelopmentStepsDialog", u"\u5e94\u6709\u6750\u6599\n"
"\uff08\u6bcf\u884c\u4e00\u79cd\uff09", None))
        self.applyButton.setText(QCoreApplication.translate("DevelopmentStepsDialog", u"\u4fdd\u5b58\u6b64\u6b65\u9aa4(&S)", None))
        self.errorLabel.setText("")
    # retranslateUi

