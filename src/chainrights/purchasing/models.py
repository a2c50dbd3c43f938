"""Buyers' purchasing practices: suppliers' confidential ratings, orders, changes and payments."""
