# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'election_prepare_dialog.ui'
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
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

from dangwu_desktop.ui.date_field import DateField

class Ui_ElectionPrepareDialog(object):
    def setupUi(self, ElectionPrepareDialog):
        if not ElectionPrepareDialog.objectName():
            ElectionPrepareDialog.setObjectName(u"ElectionPrepareDialog")
        ElectionPrepareDialog.resize(520, 360)
        self.dialogLayout = QVBoxLayout(ElectionPrepareDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(ElectionPrepareDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.seatsLabel = QLabel(ElectionPrepareDialog)
        self.seatsLabel.setObjectName(u"seatsLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.seatsLabel)

        self.seatsSpin = QSpinBox(ElectionPrepareDialog)
        self.seatsSpin.setObjectName(u"seatsSpin")
        self.seatsSpin.setMinimum(1)
        self.seatsSpin.setMaximum(15)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.seatsSpin)

        self.requestOnLabel = QLabel(ElectionPrepareDialog)
        self.requestOnLabel.setObjectName(u"requestOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.requestOnLabel)

        self.requestOnEdit = DateField(ElectionPrepareDialog)
        self.requestOnEdit.setObjectName(u"requestOnEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.requestOnEdit)

        self.requestRefLabel = QLabel(ElectionPrepareDialog)
        self.requestRefLabel.setObjectName(u"requestRefLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.requestRefLabel)

        self.requestRefEdit = QLineEdit(ElectionPrepareDialog)
        self.requestRefEdit.setObjectName(u"requestRefEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.requestRefEdit)

        self.replyOnLabel = QLabel(ElectionPrepareDialog)
        self.replyOnLabel.setObjectName(u"replyOnLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.replyOnLabel)

        self.replyOnEdit = DateField(ElectionPrepareDialog)
        self.replyOnEdit.setObjectName(u"replyOnEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.replyOnEdit)

        self.replyRefLabel = QLabel(ElectionPrepareDialog)
        self.replyRefLabel.setObjectName(u"replyRefLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.replyRefLabel)

        self.replyRefEdit = QLineEdit(ElectionPrepareDialog)
        self.replyRefEdit.setObjectName(u"replyRefEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.replyRefEdit)

        self.noteLabel = QLabel(ElectionPrepareDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(ElectionPrepareDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ElectionPrepareDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.RichText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ElectionPrepareDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.seatsLabel.setBuddy(self.seatsSpin)
        self.requestOnLabel.setBuddy(self.requestOnEdit)
        self.requestRefLabel.setBuddy(self.requestRefEdit)
        self.replyOnLabel.setBuddy(self.replyOnEdit)
        self.replyRefLabel.setBuddy(self.replyRefEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ElectionPrepareDialog)

        QMetaObject.connectSlotsByName(ElectionPrepareDialog)
    # setupUi

    def retranslateUi(self, ElectionPrepareDialog):
        ElectionPrepareDialog.setWindowTitle(QCoreApplication.translate("ElectionPrepareDialog", u"\u6362\u5c4a\u8bf7\u793a\u548c\u6279\u590d", None))
        self.introLabel.setText("")
        self.seatsLabel.setText(QCoreApplication.translate("ElectionPrepareDialog", u"\u5e94\u9009\u59d4\u5458\u4eba\u6570", None))
        self.requestOnLabel.setText(QCoreApplication.translate("ElectionPrepareDialog", u"\u6362\u5c4a\u8bf7\u793a\u65e5\u671f", None))
        self.requestRefLabel.setText(QCoreApplication.translate("ElectionPrepareDialog", u"\u8bf7\u793a\u6587\u53f7", None))
        self.requestRefEdit.setPlaceholderText(QCoreApplication.translate("ElectionPrepareDialog", u"\u5982 \u00d7\u652f\u30142026\u30151\u53f7", None))
        self.replyOnLabel.setText(QCoreApplication.translate("ElectionPrepareDialog", u"\u4e0a\u7ea7\u6279\u590d\u65e5\u671f", None))
        self.replyRefLabel.setText(QCoreApplication.translate("ElectionPrepareDialog", u"\u6279\u590d\u6587\u53f7", None))
        self.replyRefEdit.setPlaceholderText(QCoreApplication.translate("ElectionPrepareDialog", u"\u4e61\u9547\u515a\u59d4\u7684\u6279\u590d\u6587\u53f7", None))
        self.noteLabel.setText(QCoreApplication.translate("ElectionPrepareDialog", u"\u5907\u6ce8", None))
        self.errorLabel.setText("")
    # retranslateUi

