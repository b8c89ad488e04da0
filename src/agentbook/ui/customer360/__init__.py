"""The customer 360 view and its sections: attachments, paper file, claims history."""
