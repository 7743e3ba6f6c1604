"""Every printed form with reportlab: domain data in, PDF bytes out."""
